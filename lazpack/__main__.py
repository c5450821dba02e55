from lazpack.app import main

raise SystemExit(main())
