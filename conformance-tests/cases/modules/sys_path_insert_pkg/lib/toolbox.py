def tool():
    return "toolbox.tool found through sys.path"
