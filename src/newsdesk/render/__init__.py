"""Render: model objects -> Markdown, HTML and JSON for people and other tools."""
