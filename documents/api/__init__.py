"""Reading article uploads out of API requests: raw-body parsers and the upload reader."""
