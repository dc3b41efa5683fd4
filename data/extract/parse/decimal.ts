/**
 * Multiplies a plain decimal string by 10^exponent by moving the decimal point, so
 * "43.31" × 10^8 is exactly 4331000000 (float multiply would give 4330999999.9999995).
 */
export function shiftDecimal(digits: string, exponent: number): number {
  if (!/^\d+(?:\.\d+)?$/.test(digits)) throw new TypeError(`shiftDecimal: not a plain decimal: ${JSON.stringify(digits)}`);
  if (!Number.isInteger(exponent)) throw new TypeError(`shiftDecimal: exponent must be an integer, got ${exponent}`);
  const [whole, frac = ""] = digits.split(".");
  let intPart: string;
  let fracPart: string;
  if (exponent >= 0) {
    const padded = frac.padEnd(exponent, "0");
    intPart = whole + padded.slice(0, exponent);
    fracPart = padded.slice(exponent);
  } else {
    const padded = whole.padStart(-exponent + 1, "0");
    intPart = padded.slice(0, padded.length + exponent);
    fracPart = padded.slice(padded.length + exponent) + frac;
  }
  return Number(fracPart ? `${intPart}.${fracPart}` : intPart);
}
