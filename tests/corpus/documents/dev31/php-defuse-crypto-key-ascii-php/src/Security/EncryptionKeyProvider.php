<?php

declare(strict_types=1);

namespace App\Security;

use Defuse\Crypto\Crypto;
use Defuse\Crypto\Exception\WrongKeyOrModifiedCiphertextException;
use Defuse\Crypto\Key;

/**
 * Keys for encrypting bank account numbers in the member register.
 * Generated with vendor/bin/generate-defuse-key.
 */
final class EncryptionKeyProvider
{
    private const CURRENT_KEY_ASCII = 'def00000bda478021394ac3114950b68a6052fcfa52560c2364b34633572e3ecf93e66216c631bec98a385bb83471196bcfaf67ffe2b7ba9deb569111fa6925e45d26f0e';

    // Key from the 2024 installation; rows are re-encrypted lazily on read.
    private const LEGACY_KEY_ASCII = 'def00000cc68cbe2a0bcfdfcd605d54f96f8af122bdd05bbd18742fe77321465761f1729b3dc64287c930e268eb51a1d1ff0053c5ad45158e28fd218df3b7c53c286db9d';

    private ?Key $current = null;
    private ?Key $legacy = null;

    public function current(): Key
    {
        return $this->current ??= Key::loadFromAsciiSafeString(self::CURRENT_KEY_ASCII);
    }

    public function decrypt(string $ciphertext): string
    {
        try {
            return Crypto::decrypt($ciphertext, $this->current());
        } catch (WrongKeyOrModifiedCiphertextException) {
            $this->legacy ??= Key::loadFromAsciiSafeString(self::LEGACY_KEY_ASCII);

            return Crypto::decrypt($ciphertext, $this->legacy);
        }
    }

    public function encrypt(string $plaintext): string
    {
        return Crypto::encrypt($plaintext, $this->current());
    }
}
