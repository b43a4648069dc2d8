"""Registers the pipeline's own components (word classes, name typer) for spaCy's CLI
(``--code scripts/components.py``) and the scripts in this folder. The shipped wheel carries
word_classes.py and name_typing.py themselves."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import name_typing  # noqa: F401  (newsgraph_name_typer)
import word_classes  # noqa: F401  (newsgraph_word_classes)
