import path from 'node:path';
import { FileService } from '../../platform/files/files.service';
import { createFileStorage } from '../../platform/files/storage';
import { runWorkerJob } from '../../platform/jobs/worker-runtime';
import { generateOpenData } from './open-data.generate';
import type { OpenDataWorkerInput } from './open-data.job';
import { registerOpenDataPurpose } from './open-data.purpose';

runWorkerJob<OpenDataWorkerInput>(async (ctx) => {
  const { dataDir, fileStorage, partBytes } = ctx.payload;
  const tmpRoot = path.join(dataDir, 'tmp');
  const files = new FileService(
    ctx.db,
    ctx.clock,
    ctx.audit,
    createFileStorage({ dataDir, fileStorage }),
    path.join(tmpRoot, 'uploads'),
  );
  registerOpenDataPurpose(files.purposes);
  return generateOpenData(ctx, { files, tmpRoot, partBytes });
});
