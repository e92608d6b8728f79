package id.tenun.listing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ListingSyncApplication {

    public static void main(String[] args) {
        SpringApplication.run(ListingSyncApplication.class, args);
    }
}
