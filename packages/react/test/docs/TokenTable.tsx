import type { ThemeToken } from './themeTokens.js';

/** A colour value shown beside its hex code, so a reader sees the default at a glance. */
function Swatch({ value }: { readonly value: string }) {
  if (!/^#[0-9a-f]{3,8}$/i.test(value)) return null;
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        inlineSize: '1em',
        blockSize: '1em',
        marginInlineEnd: '0.4em',
        verticalAlign: '-0.15em',
        border: '1px solid #6b7280',
        background: value,
      }}
    />
  );
}

/** The theme's tokens as a table: name, default value and what each does (Theming.mdx). */
export function TokenTable({ tokens }: { readonly tokens: readonly ThemeToken[] }) {
  return (
    <table>
      <caption style={{ textAlign: 'start', fontWeight: 700 }}>
        The {tokens.length} --ck- custom properties of theme.css
      </caption>
      <thead>
        <tr>
          <th scope="col">Property</th>
          <th scope="col">Default</th>
          <th scope="col">What it does</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.name}>
            <th scope="row">
              <code>{token.name}</code>
            </th>
            <td>
              <Swatch value={token.value} />
              <code>{token.value}</code>
            </td>
            <td>{token.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
