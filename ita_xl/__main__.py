"""`python -m ita_xl` runs the same command line as `ita-xl`."""
from ita_xl.cli import main

if __name__ == "__main__":  # pragma: no cover
    main()
