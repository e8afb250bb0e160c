"""What each page shows, read through `newsdesk.desk.Desk` as plain dataclasses."""
