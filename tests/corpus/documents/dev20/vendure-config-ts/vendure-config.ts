export const config: VendureConfig = {
  authOptions: {
    tokenMethod: ['bearer', 'cookie'],
    superadminCredentials: {
      identifier: 'superadmin',
      password: 'Marble-canyon9807_',
    },
    cookieOptions: { secret: '00xfiT0G3FoxZPdHnyRKICYscdwo8s5T2TTeQaiYD6Qm6eoC' },
  },
  dbConnectionOptions: { type: 'postgres', username: 'vendure', password: "O6u7VCq6i1AAPPd8WN6", host: '10.20.4.30' },
  plugins: [MolliePlugin.init({ vendureHost: 'https://shop.tallgrove.io' }),
    EmailPlugin.init({ transport: { type: 'smtp', host: 'smtp.nordvik.se', auth: { user: 'shop', pass: 'jkEYX!OC9Y3eqZ' } } })],
};
// channel token is public: duocyoh5i5tbm8pk7ndq
