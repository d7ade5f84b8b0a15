package org.diplomacykg.server;

import org.diplomacykg.TestData;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The converted seed articles served on a free port, with the test configuration, for the tests of one class:
 * {@code @RegisterExtension static final SeedServer SEED = new SeedServer();}, then {@code SEED.server()}.
 */
final class SeedServer implements BeforeAllCallback, AfterAllCallback {

    private DkgServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = DkgServer.start(TestData.seedDataset(), ServerTestLib.testConfig());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null)
            server.close();
    }

    /** The running server. */
    DkgServer server() {
        return server;
    }
}
