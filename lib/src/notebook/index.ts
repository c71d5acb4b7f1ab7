export { openNotebook, type Notebook, type NotebookOptions } from "./open-notebook";
