s = 'abc\
def'
