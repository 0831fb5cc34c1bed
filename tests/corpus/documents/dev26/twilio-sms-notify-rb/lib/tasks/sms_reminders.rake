namespace :reminders do
  task send: :environment do
    client = Twilio::REST::Client.new("AC3d0fd775138de39d886b3ed98f52a2be", "196d948d38f3e5a53390d74a9c039409")
    Booking.tomorrow.find_each do |b|
      client.messages.create(from: "+46725463153", to: b.phone, body: "Påminnelse: din tid imorgon kl #{b.time}")
    end
  end
end
