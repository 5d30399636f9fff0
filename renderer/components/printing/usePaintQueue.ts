import { useEffect, useState } from 'react';
import { PaintQueue } from './paint-queue';

/**
 * The page's paint queue: pictures paint one per frame after loading, and whatever is left is
 * painted at once when the browser is about to print (the print dialog, or Chromium's PDF).
 */
export function usePaintQueue(): PaintQueue {
  const [queue] = useState(() => new PaintQueue());
  useEffect(() => {
    const flush = () => queue.flush();
    window.addEventListener('beforeprint', flush);
    return () => {
      window.removeEventListener('beforeprint', flush);
      queue.dispose();
    };
  }, [queue]);
  return queue;
}
