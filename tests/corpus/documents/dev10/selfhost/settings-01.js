module.exports = {
    flowFile: 'flows.json',
    credentialSecret: "bzFXG4Jkl63v1GHhi7L9bGoPONIOK6ZA",
    adminAuth: {
        type: "credentials",
        users: [{ username: "admin", password: "$2b$08$bWyT/xGhkWRj8UbaixsYrv.plhbRL5KsjAkXpAmCsAQsKV9/XDbyS", permissions: "*" }]
    },
    httpNodeAuth: {user: "hooks", pass: "$2b$08$JSDkiePJFQtvKim7lU8TNYTpD3M9s16jBNS7fIEph5k6x/jijO2Vp"},
    uiPort: process.env.PORT || 1880,
    functionGlobalContext: { mqttPassword: "R^0DFQ7u~~@BZ8b" }
}
