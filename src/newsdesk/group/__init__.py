"""Corpus-level grouping: copies (near-duplicates, reuse), origins, stories and events.

Each submodule is imported on its own (`from newsdesk.group.copies import CopyIndex`); this
package deliberately imports none of them, so one grouping stage never drags in another.
"""
