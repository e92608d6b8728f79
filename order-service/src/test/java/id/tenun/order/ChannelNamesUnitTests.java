package id.tenun.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import id.tenun.testsupport.ChannelNames;

class ChannelNamesUnitTests {

    @Test
    void mainCodeNamesNoMarketplaceChannel() {
        assertThat(ChannelNames.literalsUnder(Path.of("src/main/java"))).isEmpty();
    }
}
