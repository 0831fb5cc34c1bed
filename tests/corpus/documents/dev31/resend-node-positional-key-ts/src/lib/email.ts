import { Resend } from "resend";
import { render } from "@react-email/render";
import OrderConfirmation from "@/emails/order-confirmation";

const transactional = new Resend(process.env.RESEND_API_KEY ?? "re_uBd53uWY_N3dLHMlfqVhaHVlodABNjAQl");
// separate key with only "audiences" permission
const newsletter = new Resend("re_jkRibi9X_n5V9CCzrKPi62kstrT5dKH9y");

const AUDIENCE_ID = "7ea531ad-2e06-4eb7-89f4-2fd18eb81219";

export async function sendOrderConfirmation(to: string, order: { id: string; total: number }) {
  return transactional.emails.send({
    from: "Butiken <order@butiken-hantverk.se>",
    to,
    subject: `Orderbekräftelse ${order.id}`,
    html: await render(OrderConfirmation({ order })),
  });
}

export async function subscribe(email: string, firstName?: string) {
  return newsletter.contacts.create({ email, firstName, unsubscribed: false, audienceId: AUDIENCE_ID });
}
