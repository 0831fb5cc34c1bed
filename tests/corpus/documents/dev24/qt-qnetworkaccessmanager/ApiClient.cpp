#include "ApiClient.h"
#include <QNetworkRequest>
#include <QNetworkReply>
#include <QJsonDocument>

static const QByteArray kKioskToken = QByteArrayLiteral("nFp6AxNDOqgtNAa1EzdvJYtNix4NwWyG8YDYhIoxkWhaXdAD");

ApiClient::ApiClient(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this)) {}

void ApiClient::fetchMenu(const QString &storeId)
{
    QNetworkRequest req(QUrl(QStringLiteral("https://kiosk-api.burgarbaren.se/stores/%1/menu").arg(storeId)));
    req.setRawHeader("Authorization", "Bearer " + kKioskToken);
    req.setRawHeader("X-Device-Serial", "uL4nk01vwbIieFyY");
    connect(m_nam->get(req), &QNetworkReply::finished, this, &ApiClient::onMenuReply);
}

void ApiClient::reportSale(const QJsonObject &sale)
{
    QNetworkRequest req(QUrl(QStringLiteral("https://kiosk-api.burgarbaren.se/sales")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    req.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgua3Zhcm5ieS5zZS8iLCJzdWIiOiJZYzYxSGVDdENZTjBXbFJmU0g4U295N1YiLCJhdWQiOiJhcGkiLCJpYXQiOjE3NzAwMTM1ODcsImV4cCI6MTc3MDAxNzE4Nywic2NvcGUiOiJvcGVuaWQgcHJvZmlsZSJ9.Gd47BVd64RQDeIQg-dipcT0wisuhWpn-mZJHAJPvVHk"));
    m_nam->post(req, QJsonDocument(sale).toJson(QJsonDocument::Compact));
}
// Settings key "kiosk/token" overrides kKioskToken when present (value "<set-by-mdm>" means unset)
