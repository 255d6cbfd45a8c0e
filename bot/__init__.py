"""briefbot: news briefings for Slack, Matrix and the console."""

__version__ = "0.1.0"
