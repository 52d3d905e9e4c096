# dom0 may register far more than the 128 watches a domain may have
repeat 200 WATCH /many/{i:03} t{i}
WRITE /many/150 "x"
WRITE /many "parent"
