/** A Jupyter MIME bundle: one representation per MIME type; the front end picks the richest it can show. */
export type MimeBundle = Record<string, string | object>;
