from lazpack.launcher import main

raise SystemExit(main())
