# Configuration of the project's Jupyter Notebook server (npm run notebook passes it with --config).
#
# Notebook 6 signs a notebook as it saves it, when every output in it is trusted (the user ran
# it here), and stores the signature under the project's .jupyter/. Its front end sends cells
# without the `id` field that nbformat 4.5 requires; nbformat then adds the ids while it writes
# the file (MissingIDFieldWarning), after the signature was computed, so the saved notebook no
# longer matches its signature and reopens "Not Trusted". Adding the ids before the save, as
# nbformat would, makes the signed notebook and the written one the same.


def add_missing_cell_ids(model, **kwargs):
    if model.get("type") != "notebook" or not isinstance(model.get("content"), dict):
        return
    notebook = model["content"]
    if (notebook.get("nbformat", 0), notebook.get("nbformat_minor", 0)) < (4, 5):
        return
    from nbformat.corpus.words import generate_corpus_id

    cells = notebook.get("cells", [])
    taken = {cell.get("id") for cell in cells if isinstance(cell, dict)}
    for cell in cells:
        if isinstance(cell, dict) and "id" not in cell:
            new_id = generate_corpus_id()
            while new_id in taken:
                new_id = generate_corpus_id()
            cell["id"] = new_id
            taken.add(new_id)


c = get_config()  # noqa: F821 (defined by Jupyter when it loads this file)
c.FileContentsManager.pre_save_hook = add_missing_cell_ids
