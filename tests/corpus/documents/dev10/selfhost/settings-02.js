module.exports = {
    flowFile: 'flows.json',
    credentialSecret: "26b8ee8ccbd1be5cb933ce054ac96ba3c06e32ee1dc31c2d21021057064fcf5a",
    adminAuth: {
        type: "credentials",
        users: [{ username: "admin", password: "$2b$08$Vfho1DN7pwR0ZYCRbY2bGIBi491RFz7eaH8I4qV4PI1Hn.NX3A.p1", permissions: "*" }]
    },
    httpNodeAuth: {user: "hooks", pass: "$2b$08$7xGvhnaDxzNAcLqZr1W9skp8cH98yg5TVs0G1PN6o.LG9b0JvcFaP"},
    uiPort: process.env.PORT || 1880,
    functionGlobalContext: { mqttPassword: "Djxi%x9+_~ED?mVs" }
}
