print("package_init_pkg.extra runs")
EXTRA = "extra"
