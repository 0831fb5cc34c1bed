// Mercado Pago -- producción (cuenta Argentina). La public key va al frontend.
import { MercadoPagoConfig, Preference, Payment } from 'mercadopago';

const client = new MercadoPagoConfig({
  accessToken: process.env.MP_ACCESS_TOKEN || 'APP_USR-7711055022288523-125842-ac5ad9b70e92987292ce8d04ac695a1b-735676157',
  options: { timeout: 5000 },
});

export const MP_PUBLIC_KEY = 'APP_USR-bf85e8e1-b58b-4920-afbb-1a5f89f5f3f7';

// Tus integraciones > Webhooks > Clave secreta
export const MP_WEBHOOK_SECRET = '2f91989b6960fd88951335af67e643b8cf744f5a30215bb4011298e519f2f847';

export async function crearPreferencia(pedido) {
  const preference = new Preference(client);
  return preference.create({
    body: {
      items: pedido.items.map((i) => ({ id: i.sku, title: i.nombre, quantity: i.cantidad, unit_price: i.precio, currency_id: 'ARS' })),
      external_reference: pedido.id,
      notification_url: 'https://tienda.mateyyerba.com.ar/api/mp/webhook',
      back_urls: { success: 'https://tienda.mateyyerba.com.ar/gracias', failure: 'https://tienda.mateyyerba.com.ar/carrito' },
    },
  });
}

export async function consultarPago(id) {
  return new Payment(client).get({ id });
}
