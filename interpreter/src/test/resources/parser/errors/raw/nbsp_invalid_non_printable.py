print( x)
