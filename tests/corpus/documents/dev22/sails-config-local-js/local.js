/**
 * Local environment settings
 *
 * Use this file to specify configuration settings for use while developing
 * the app on your personal system.
 *
 * For more information, check out:
 * https://sailsjs.com/docs/concepts/configuration/the-local-js-file
 */

module.exports = {

  datastores: {
    default: {
      adapter: 'sails-postgresql',
      url: 'postgresql://sails:3Q3bDco-i4LycQk*@pg-shop.lan:5432/shop',
    },
  },

  session: {
    secret: '22ef3c786a97ab7b305901cb6ac68c9d',
  },

  custom: {
    stripeSecret: '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',
    stripePublishableKey: 'pk_live_O2EmEOhlp3Xa9myTYocVTOXYd6ogvkEh1G5JA0AnpAzsaGRkFMO7scUexZYweqqOAm33NbKdU2G8a4YckQ6tQfTT4xGXnPnoimQ',
  },

  port: 1337,
};
