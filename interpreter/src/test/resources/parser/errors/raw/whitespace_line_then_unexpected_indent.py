for x in y:
    pass
    
        z = 1
