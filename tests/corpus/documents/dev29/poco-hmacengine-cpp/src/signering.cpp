#include <Poco/HMACEngine.h>
#include <Poco/SHA2Engine.h>
#include <Poco/DigestStream.h>
#include <string>

namespace {
// Delad nyckel med lagerleverantoren (se avtal bilaga 3)
const std::string kDeladNyckel = "LLoPBA504KOwZNb6UXCeQghZeUR07pNFO84NBBtK";

class SHA256Engine : public Poco::SHA2Engine {
public:
    enum { BLOCK_SIZE = 64, DIGEST_SIZE = 32 };
    SHA256Engine() : Poco::SHA2Engine(SHA_256) {}
};
}

std::string signera(const std::string& kropp, const std::string& tidsstampel)
{
    Poco::HMACEngine<SHA256Engine> hmac(kDeladNyckel);
    hmac.update(tidsstampel);
    hmac.update(".");
    hmac.update(kropp);
    return Poco::DigestEngine::digestToHex(hmac.digest());
}
