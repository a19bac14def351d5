import { constants, createPrivateKey, privateDecrypt, type KeyObject } from 'node:crypto'

/**
 * Turns the token Aplos's auth call returns (encrypted with the account's public key, base64)
 * into the token to send. Injectable so tests can pass a plain token through.
 *
 * @example
 * const plain: AplosTokenDecrypter = (token) => token // tests: the mock server sends it in clear
 */
export type AplosTokenDecrypter = (encryptedToken: string) => string | Promise<string>

/**
 * Reads the private key Aplos lets an account download: base64 DER (PKCS#8, no PEM armour), or
 * the same key as PEM. Throws without echoing the key.
 *
 * @example
 * const key = readAplosPrivateKey(process.env.APLOS_PRIVATE_KEY!)
 */
export function readAplosPrivateKey(text: string): KeyObject {
  try {
    if (text.includes('-----BEGIN')) return createPrivateKey(text.replace(/\\n/g, '\n'))
    const der = Buffer.from(text.replace(/\s+/g, ''), 'base64')
    try {
      return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
    } catch {
      return createPrivateKey({ key: der, format: 'der', type: 'pkcs1' })
    }
  } catch {
    throw new Error('the Aplos private key cannot be read (expected base64 PKCS#8 DER as Aplos issues it, or PEM)')
  }
}

/**
 * Decrypts Aplos tokens with the account's RSA private key, PKCS#1 v1.5 padding (what Aplos's
 * own samples use: `RSA/ECB/PKCS1Padding`).
 *
 * Node 20 refuses `privateDecrypt` with `RSA_PKCS1_PADDING` (CVE-2023-46809, the Marvin timing
 * attack), so the padding is removed here after a raw RSA operation. The attack needs someone who
 * can submit chosen ciphertexts and watch the outcome; our ciphertexts come only from Aplos's own
 * answer over TLS, and every failure looks the same.
 *
 * @example
 * const decrypt = rsaTokenDecrypter(process.env.APLOS_PRIVATE_KEY!)
 * const token = await decrypt(answer.data.token)
 */
export function rsaTokenDecrypter(privateKey: string | KeyObject): AplosTokenDecrypter {
  const key = typeof privateKey === 'string' ? readAplosPrivateKey(privateKey) : privateKey
  return (encryptedToken) => {
    let block: Buffer
    try {
      block = privateDecrypt({ key, padding: constants.RSA_NO_PADDING }, Buffer.from(encryptedToken, 'base64'))
    } catch {
      throw new Error('the Aplos token cannot be decrypted with this private key')
    }
    const token = unpadPkcs1Encryption(block)
    if (token === undefined) throw new Error('the Aplos token cannot be decrypted with this private key')
    return token.toString('utf8')
  }
}

/**
 * Removes PKCS#1 v1.5 encryption padding (`00 02 <8+ non-zero bytes> 00 <message>`, RFC 8017
 * section 7.2.2); undefined when the block is not padded that way.
 *
 * @example
 * unpadPkcs1Encryption(Buffer.from([0, 2, 9, 9, 9, 9, 9, 9, 9, 9, 0, 65])) // <Buffer 41>
 */
export function unpadPkcs1Encryption(block: Buffer): Buffer | undefined {
  if (block.length < 11 || block[0] !== 0x00 || block[1] !== 0x02) return undefined
  const separator = block.indexOf(0x00, 2)
  if (separator < 10) return undefined
  return block.subarray(separator + 1)
}
