import multiprocessing

# In the desktop bundle the entity worker is spawned by re-running this executable;
# PyInstaller's freeze_support makes that run the worker instead of the CLI.
multiprocessing.freeze_support()

from reader.launcher import main  # noqa: E402

raise SystemExit(main())
