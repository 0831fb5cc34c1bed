'use strict';

const Cookie = require('@hapi/cookie');

exports.plugin = {
    name: 'auth',
    register: async (server) => {
        await server.register(Cookie);
        server.auth.strategy('session', 'cookie', {
            cookie: {
                name: 'medlem-sid',
                password: 'XmUKZ3nQMjGMelXqDKteVosR9FIEvx0a8LlSO36GBLiFkT8o',
                isSecure: true,
                ttl: 24 * 60 * 60 * 1000
            },
            redirectTo: '/logga-in',
            validate: async (request, session) => {
                const konto = await request.server.methods.hamtaKonto(session.id);
                return { isValid: Boolean(konto), credentials: konto };
            }
        });
        server.auth.default('session');
    }
};
