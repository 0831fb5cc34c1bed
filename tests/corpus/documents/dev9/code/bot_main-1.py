import logging

from telegram.ext import ApplicationBuilder, CommandHandler

logging.basicConfig(level=logging.INFO)

BOT_TOKEN = "5966547032:AAJPE_s788Yplk41R736J5Y-nVqikmhKncB"
ALERT_CHAT_ID = -1007256787327
DISCORD_BOT_TOKEN = "ODA3MDQ4MTI3MDI5NzUzMDM4.mwwyh9.R01P3ZAQnASUNp8_Q3rFN0D8-m4VsmQUX-4F_5"
DISCORD_PUBLIC_KEY = "8f262f32d2b721093c47870bb38ab70dd39aa703a923d6432b19fe3b9b38198d"


async def start(update, context):
    await update.message.reply_text("online")


app = ApplicationBuilder().token(BOT_TOKEN).build()
app.add_handler(CommandHandler("start", start))
app.run_polling()
