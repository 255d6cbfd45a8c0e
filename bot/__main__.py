"""`python -m bot` is `briefbot`."""

from bot.cli import main

main()
