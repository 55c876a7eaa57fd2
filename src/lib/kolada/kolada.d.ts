/** Types of kolada.js (Kolada's API v3, shared with `kommun-elements kolada`); see that file. */

export interface KoladaRef {
  kpi: string;
  /** Four digits: 1470 is Vara. */
  municipality: string;
  /** T (all, the default), K (women) or M (men). */
  gender?: 'T' | 'K' | 'M';
}

export interface KoladaValue {
  year: number;
  value: number;
}

export interface KoladaOptions {
  /** The API's base URL, default https://api.kolada.se/v3. */
  base?: string;
  fetch?: typeof fetch;
  /** The newest year asked for (default this year, UTC). */
  year?: number;
  signal?: AbortSignal;
}

export declare const KOLADA_API: string;
export declare function koladaDataUrl(ref: KoladaRef, base: string, year: number): string;
export declare function latestTwo(records: readonly unknown[], ref: KoladaRef): KoladaValue[];
export declare function latestValues(ref: KoladaRef, options?: KoladaOptions): Promise<KoladaValue[]>;
export declare function koladaFields(
  values: readonly KoladaValue[],
): { value: number; year: number; previous: { value: number; year: number } | undefined; source: string } | undefined;
