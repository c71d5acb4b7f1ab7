/** Languages of chart labels and table headers: English, and Indonesian (the article's language). */
export type Lang = "en" | "id";
