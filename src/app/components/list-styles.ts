import { css } from 'lit'

/** The start page's lists (drafts, meetings): one card per row, its title taking the room. */
export const listStyles = css`
  ul { list-style: none; padding: 0; margin: 0; }
  li {
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 8px 10px;
    border: 1px solid #e3e3e3;
    border-radius: 6px;
    margin-bottom: 6px;
    background: #fff;
  }
  .title { flex: 1; font-weight: 600; min-width: 0; }
  .title small { display: block; font-weight: normal; color: #777; font-size: 13px; }
`
