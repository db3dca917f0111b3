/** A small CSV in the common academic schema with the cases the UI must get right. */
import fs from 'node:fs';

export const XSS_CAPTION = '<img src=x onerror=window.__xss=1> look #climate';

export const FIXTURE_ROWS = {
  /** Physical line of the row without a video ID (header = line 1; row 2 spans two lines). */
  rejectedLine: 6,
  inserted: 4,
  highestViews: { id: '7320768196569599278', handle: 'dave' },
  quotedNewlineId: '7320768196569599276',
};

export function fixtureCsv(): string {
  return [
    'video_id,author_id,create_time,desc,music_id,hashtags,play_count,like_count,comment_count,share_count',
    '7320768196569599275,alice,2023-05-01T10:00:00Z,"Heatwave diary #climate #fyp",7000000000000000001,"climate,fyp",1000,100,10,1',
    '7320768196569599276,bob,2023-05-02T11:00:00Z,"first line\nsecond line #climate",7000000000000000001,climate,12.3K,50,4,2',
    '7320768196569599277,carol,2023-05-03T12:00:00Z,"emoji 😂 #Café",7000000000000000002,café,500,25,5,5',
    ',erin,2023-05-03T13:00:00Z,no id here,7000000000000000002,,5,1,0,0',
    `7320768196569599278,dave,2023-05-04T09:30:00Z,"${XSS_CAPTION}",7000000000000000003,climate,50000,900,80,30`,
  ].join('\n');
}

/** A CSV big enough that its import runs for several seconds, so progress and Cancel can be seen. */
export function writeLargeCsv(file: string, rows: number): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, 'video_id,author_id,create_time,desc,music_id,hashtags,play_count,like_count,comment_count,share_count\n');
    const base = 7320768196569599275n;
    let chunk: string[] = [];
    for (let i = 0; i < rows; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      chunk.push(
        `${base + BigInt(i + 1000)},user${i % 5000},2023-06-${day}T10:00:00Z,"caption ${i} #tag${i % 300}",${7000000000000000100n + BigInt(i % 900)},tag${i % 300},${(i * 7919) % 1000000},${i % 10000},${i % 500},${i % 200}`,
      );
      if (chunk.length === 10000) {
        fs.writeSync(fd, `${chunk.join('\n')}\n`);
        chunk = [];
      }
    }
    if (chunk.length) fs.writeSync(fd, `${chunk.join('\n')}\n`);
  } finally {
    fs.closeSync(fd);
  }
}
