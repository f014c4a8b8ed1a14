obj.ﬁeld = f(ℌx=1)
