import type { SimCall } from '@taro-live/simulator'

/**
 * The simulator's log of `wx` calls as a table: which API, with what, whether inside a tap, and
 * how it ended. Story plays read its rows (`data-api`, cells in this order).
 */
export function CallLog(props: { calls: readonly SimCall[]; limit?: number }) {
  const { calls, limit = calls.length } = props
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 12 }}>
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>
        wx 调用记录 · calls to wx ({calls.length})
      </caption>
      <thead>
        <tr>
          {['#', 'api', 'params', 'in tap', 'outcome', 'time'].map((h) => (
            <th key={h} scope="col" style={{ textAlign: 'left' }}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody data-testid="call-log">
        {calls.slice(-limit).map((call) => (
          <tr key={call.seq} data-api={call.api}>
            <td>{call.seq}</td>
            <td>{call.api}</td>
            <td style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
              {JSON.stringify(call.params)}
            </td>
            <td>{call.inTap ? 'yes' : 'no'}</td>
            <td>{call.outcome}</td>
            <td>{new Date(call.at).toLocaleTimeString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
