import { z } from 'zod';

/** An ISO 4217 currency code, e.g. `"EUR"` or `"KES"`. */
export const currencyCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'Expected an ISO 4217 code such as "EUR"' });

/** An amount of money in an ISO 4217 currency, e.g. `{ amount: 12500, currency: 'KES' }`. */
export const moneySchema = z.strictObject({
  amount: z.number().nonnegative(),
  currency: currencyCodeSchema,
});

/** An amount of money; see {@link moneySchema}. */
export type Money = z.infer<typeof moneySchema>;
