"""The yardstick scorer (issue 16): newsgraph's extraction against hand-written gold.

``python -m bench.quality --help``; what each figure means is in ``docs/yardstick.md``.
"""
