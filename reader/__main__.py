from reader.launcher import main

raise SystemExit(main())
