@echo off
rem Nyanstallda vecka 3 (underlag fran HR)
dsadd user "CN=Kristina Lindberg,OU=Ekonomi,OU=Personal,DC=foretag,DC=lan" -samid krilin -fn Kristina -ln Lindberg -display "Kristina Lindberg" -dept Ekonomi -pwd GFrExnC76lb+YqomOYS8 -mustchpwd yes -disabled no
dsadd user "CN=Nils Engstrom,OU=Lager,OU=Personal,DC=foretag,DC=lan" -samid nileng -fn Nils -ln Engstrom -display "Nils Engstrom" -dept Lager -pwd i1.lWKpwdxExYj7 -mustchpwd yes -disabled no
dsadd user "CN=Henrik Larsson,OU=Kundtjanst,OU=Personal,DC=foretag,DC=lan" -samid henlar -fn Henrik -ln Larsson -display "Henrik Larsson" -dept Kundtjanst -pwd XCJbH8P.kcEXqkjx1 -mustchpwd yes -disabled no
rem Vikarier skapas med -pwd * (fragar efter losenord)
