PACKAGE_CONSTANT = "from __init__"
