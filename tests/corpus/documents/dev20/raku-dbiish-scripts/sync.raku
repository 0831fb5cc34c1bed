use DBIish;

my $src = DBIish.connect('Pg', :host<pg-primary.svc>, :database<crm>, :user<sync>, :password('NMit01V5Pv8wrj3SofSJ4'));
my $dst = DBIish.connect('mysql', :host<10.20.4.17>, :database<crm_copy>, :user<sync>, :password<Ödemarkfalcon48=>);
# my $dev = DBIish.connect('Pg', :user<dev>, :password(%*ENV<DEV_PW>));
for $src.execute('SELECT id, name FROM accounts').allrows -> @row { $dst.execute('REPLACE INTO accounts VALUES (?, ?)', |@row) }
