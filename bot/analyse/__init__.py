"""Pure analysis of article text: who said what, mission status, key developments. No I/O here."""
