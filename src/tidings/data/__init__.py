"""Our own data files (boilerplate rules, actor registry, lexicons), shipped inside the package."""
